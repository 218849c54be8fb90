"""claimgraph's app: ``streamlit run app.py`` (or ``kg app``) opens it on the bundled paper,
or on ./claims, or on the folder in CLAIMGRAPH_CLAIMS; on 127.0.0.1 (.streamlit/config.toml)
and only for requests whose Host names it (kg.app.hosts).  The pages are kg/app/main.py."""

import streamlit as st
from starlette.middleware import Middleware

from kg.app.hosts import HostCheck
from kg.app.main import SCRIPT

# as in kg/app/server.py: streamlit run serves an st.App only if the call is written here
app = st.App(SCRIPT, middleware=[Middleware(HostCheck)])
