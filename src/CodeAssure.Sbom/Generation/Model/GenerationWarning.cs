namespace CodeAssure.Sbom.Generation.Model;

/// <summary>A file that was skipped or only partly read, and why.</summary>
/// <param name="File">The file, relative to the scanned folder.</param>
/// <param name="Line">The 1-based line the problem was found on, or 0 when it concerns the whole file.</param>
/// <param name="Message">What was wrong.</param>
public sealed record GenerationWarning(string File, int Line, string Message)
{
    /// <summary>The warning as one line: <c>file:line: message</c>.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
