"""PySide6 windows, dialogs and models. Holds no SQL and no business rule."""
