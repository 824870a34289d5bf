"""PDF (reportlab) and CSV builders. They read through services and db, never through ui."""
