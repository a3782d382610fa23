namespace CodeAssure.Checks.Testing;

/// <summary>
/// A file is not readable test evidence: malformed, truncated, hostile, too large, or not one of the supported
/// formats. The message is "file:line:column: reason".
/// </summary>
public sealed class TestReportException : Exception
{
    /// <summary>Creates the exception for a problem at a position in a file.</summary>
    public TestReportException(string source, long line, long column, string reason, Exception? innerException = null)
        : base($"{source}:{line}:{column}: {reason}", innerException)
    {
        InputName = source;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only (position unknown).</summary>
    public TestReportException(string message)
        : this("<input>", 1, 1, message)
    {
    }

    /// <summary>Creates the exception with a message only (position unknown).</summary>
    public TestReportException(string message, Exception innerException)
        : this("<input>", 1, 1, message, innerException)
    {
    }

    /// <summary>Creates the exception with a general message.</summary>
    public TestReportException()
        : this("not readable test evidence")
    {
    }

    /// <summary>The file name (or other name) of the input.</summary>
    public string InputName { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public long Line { get; }

    /// <summary>The 1-based column of the problem.</summary>
    public long Column { get; }

    /// <summary>What was wrong, without the position.</summary>
    public string Reason { get; }
}
