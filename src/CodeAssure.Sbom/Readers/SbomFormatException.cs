namespace CodeAssure.Sbom.Readers;

/// <summary>
/// The input is not a readable SBOM: malformed, truncated, hostile, of an unknown format, or of the wrong shape.
/// The message says what was expected; <see cref="InputName"/>, <see cref="Line"/> and <see cref="Column"/> say where.
/// </summary>
public sealed class SbomFormatException : Exception
{
    /// <summary>Creates the exception for a problem at a position in the input.</summary>
    public SbomFormatException(string source, long line, long column, string reason)
        : base($"{source}:{line}:{column}: {reason}")
    {
        InputName = source;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates the exception for a problem at a position in the input, with the error that revealed it.</summary>
    public SbomFormatException(string source, long line, long column, string reason, Exception innerException)
        : base($"{source}:{line}:{column}: {reason}", innerException)
    {
        InputName = source;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only (position unknown).</summary>
    public SbomFormatException(string message)
        : this("<input>", 1, 1, message)
    {
    }

    /// <summary>Creates the exception with a message only (position unknown).</summary>
    public SbomFormatException()
        : this("not a readable SBOM")
    {
    }

    /// <summary>Creates the exception with a message only (position unknown).</summary>
    public SbomFormatException(string message, Exception innerException)
        : this("<input>", 1, 1, message, innerException)
    {
    }

    /// <summary>The file name (or other name) of the input.</summary>
    public string InputName { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public long Line { get; }

    /// <summary>The 1-based column of the problem (in characters for XML and YAML, in bytes for JSON).</summary>
    public long Column { get; }

    /// <summary>What was wrong, without the position.</summary>
    public string Reason { get; }
}
