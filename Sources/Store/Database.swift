/// SCAFFOLD: the typed connection over the C API lands here.
public final class Database {}
