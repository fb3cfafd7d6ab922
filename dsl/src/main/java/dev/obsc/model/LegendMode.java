package dev.obsc.model;

public enum LegendMode { LIST, TABLE, HIDDEN }
