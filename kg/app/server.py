"""What ``kg app`` runs: the app's pages (:mod:`kg.app.main`) as an ``st.App``, with the
Host check (:mod:`kg.app.hosts`) around every request.  ``streamlit run`` serves an
``st.App`` when it finds ``app = st.App(...)`` written in the file it runs."""

import streamlit as st
from starlette.middleware import Middleware

from kg.app.hosts import HostCheck
from kg.app.main import SCRIPT

app = st.App(SCRIPT, middleware=[Middleware(HostCheck)])
