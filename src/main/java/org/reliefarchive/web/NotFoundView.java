package org.reliefarchive.web;

/** The page of an unknown report id (template {@code notfound.jte}). */
record NotFoundView(Messages m, String id) {}
