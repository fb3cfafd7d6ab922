package dev.obsc.dsl.kotlin

/**
 * Marks the scopes of the Kotlin DSL, so that a block can only call its own scope's functions
 * implicitly: a `route { }` nested in another cannot silently configure the outer route.
 */
@DslMarker
annotation class ObscDsl
