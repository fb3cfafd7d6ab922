package dev.obsc.dsl.kotlin

import dev.obsc.dsl.ServiceBuilder

/** The ports and health check of a stack service. */
@ObscDsl
class ServiceScope(val builder: ServiceBuilder) {
    /** A port also published on the Docker host (Compose). */
    fun port(name: String, port: Int) {
        builder.port(name, port)
    }

    /** A port reached only by the other services. */
    fun internalPort(name: String, port: Int) {
        builder.internalPort(name, port)
    }

    /** Healthy while [path] on [port] answers 200; the image can probe itself with wget. */
    fun health(port: String, path: String) {
        builder.health(port, path)
    }

    /** As [health], for an image without a shell or wget: only probed from outside (Kubernetes). */
    fun healthFromOutside(port: String, path: String) {
        builder.healthFromOutside(port, path)
    }
}
