"""Translation views: side by side, the segment grid, the dashboard."""
