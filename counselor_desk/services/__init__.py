"""Use cases shared by the window and the command line; they take and return domain objects."""
