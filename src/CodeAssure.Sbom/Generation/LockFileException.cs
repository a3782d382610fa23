namespace CodeAssure.Sbom.Generation;

/// <summary>A lock file or manifest that cannot be read; the file is skipped with a warning.</summary>
internal sealed class LockFileException : Exception
{
    public LockFileException(int line, string message)
        : base(message)
    {
        Line = line;
    }

    public LockFileException()
    {
    }

    public LockFileException(string message)
        : base(message)
    {
    }

    public LockFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The 1-based line of the problem, or 0 when unknown.</summary>
    public int Line { get; }
}
