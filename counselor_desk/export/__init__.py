"""ReportLab documents built from domain objects (summaries, disclosures, handouts)."""
