package dev.obsc.compiler.analysis;

import dev.obsc.compiler.lowering.QueryPrinter;

/** What analysis hands to lowering: the canonical printing of every checked query. */
public record Analysis(QueryPrinter queries) {
}
