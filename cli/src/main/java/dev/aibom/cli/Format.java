package dev.aibom.cli;

/** What a command prints on stdout: lines for people, or one JSON document for machines. */
enum Format {
    text, json
}
