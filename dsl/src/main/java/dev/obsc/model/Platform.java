package dev.obsc.model;

/** How an environment runs the stack: Docker Compose on one machine, or Kubernetes with prometheus-operator. */
public enum Platform { COMPOSE, KUBERNETES }
