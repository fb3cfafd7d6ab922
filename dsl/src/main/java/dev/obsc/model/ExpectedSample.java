package dev.obsc.model;

/** One sample an expression test expects: labels in selector syntax ({@code {job="a"}}) and an exact value. */
public record ExpectedSample(String labels, String value) {
}
