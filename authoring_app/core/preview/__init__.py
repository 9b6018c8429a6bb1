"""The live preview's side of the core: a section page assembled from blocks, and the patches that update it."""
