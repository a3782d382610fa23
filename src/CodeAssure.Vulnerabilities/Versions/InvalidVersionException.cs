namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>A version string that its ecosystem does not accept; the message says which string and why.</summary>
public sealed class InvalidVersionException : FormatException
{
    /// <summary>Creates the exception with a message naming the version and the reason.</summary>
    public InvalidVersionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public InvalidVersionException()
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public InvalidVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
