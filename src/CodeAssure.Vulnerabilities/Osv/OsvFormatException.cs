namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>An OSV record that does not follow the schema; the message names the field (e.g. <c>affected[0].ranges[1].type</c>) and what was wrong.</summary>
public sealed class OsvFormatException : Exception
{
    /// <summary>Creates the exception with a message naming the field and the problem.</summary>
    public OsvFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public OsvFormatException()
    {
    }

    /// <summary>Creates the exception wrapping the underlying reader's error.</summary>
    public OsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
