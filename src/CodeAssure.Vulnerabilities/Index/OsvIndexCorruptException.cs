namespace CodeAssure.Vulnerabilities.Index;

/// <summary>The index file is not a CodeAssure OSV index, is of an unknown format version, is truncated or fails its checksum.</summary>
public sealed class OsvIndexCorruptException : Exception
{
    /// <summary>Creates the exception with a message saying what is wrong with which file.</summary>
    public OsvIndexCorruptException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public OsvIndexCorruptException()
    {
    }

    /// <summary>Creates the exception wrapping the error that revealed the damage.</summary>
    public OsvIndexCorruptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
