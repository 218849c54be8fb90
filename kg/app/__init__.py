"""The Streamlit app: browse documents, entities, claims and flagged inconsistencies.

A thin layer over the library; ``streamlit run app.py`` or ``kg app``.
"""
