using CodeAssure.Catalog;

namespace CodeAssure.Cli;

/// <summary>What every command needs from its surroundings: where to read and write, and the catalogue.</summary>
internal sealed class CliContext(TextReader stdin, TextWriter stdout, TextWriter stderr, Func<CodeCatalog> loadCatalog, TimeProvider? time = null)
{
    private CodeCatalog? _catalog;

    /// <summary>Standard input, for commands that take <c>-</c> to read their arguments line by line.</summary>
    public TextReader In { get; } = stdin;

    /// <summary>Machine-readable output and results.</summary>
    public TextWriter Out { get; } = stdout;

    /// <summary>Diagnostics and progress.</summary>
    public TextWriter Error { get; } = stderr;

    /// <summary>The clock: timestamps in documents and expiry rules read it, so tests can set the time.</summary>
    public TimeProvider Time { get; } = time ?? TimeProvider.System;

    /// <summary>The catalogue, loaded (and validated) on first use only, so commands that don't need it start fast.</summary>
    public CodeCatalog Catalog => _catalog ??= loadCatalog();
}
