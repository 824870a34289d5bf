"""Moving data between sites: site keys, key cards, bundles (see DESIGN.md section 4)."""
