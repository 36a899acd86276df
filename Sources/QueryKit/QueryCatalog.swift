// SCAFFOLD: predefined queries and output formats land here.
import Store
