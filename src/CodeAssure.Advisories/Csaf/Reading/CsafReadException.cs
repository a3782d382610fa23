namespace CodeAssure.Advisories.Csaf.Reading;

/// <summary>A CSAF document could not be read: not JSON, too large, too deep, or of the wrong shape. The message says where.</summary>
public sealed class CsafReadException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public CsafReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CsafReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public CsafReadException()
        : base("the CSAF document could not be read")
    {
    }
}
