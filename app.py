"""claimgraph's app: ``streamlit run app.py`` (or ``kg app``) opens it on the bundled paper,
or on ./claims, or on the folder in CLAIMGRAPH_CLAIMS."""

from kg.app.main import run

run()
