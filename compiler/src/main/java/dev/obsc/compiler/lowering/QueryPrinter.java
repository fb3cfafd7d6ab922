package dev.obsc.compiler.lowering;

import dev.obsc.model.Query;

/** How lowering prints a query: analysis supplies the canonical form of every checked query. */
@FunctionalInterface
public interface QueryPrinter {
    String print(Query query);
}
