namespace CodeAssure.Attestation.Dsse;

/// <summary>The envelope is not a well-formed DSSE JSON envelope; the message says what is wrong and where.</summary>
public sealed class DsseEnvelopeException : Exception
{
    /// <summary>A malformed envelope.</summary>
    public DsseEnvelopeException(string message, bool badBase64 = false)
        : base(message)
    {
        IsBadBase64 = badBase64;
    }

    /// <summary>An empty instance (serialisation conventions).</summary>
    public DsseEnvelopeException()
    {
    }

    /// <summary>A malformed envelope with its cause.</summary>
    public DsseEnvelopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the JSON was fine but a base64 field was not.</summary>
    public bool IsBadBase64 { get; }
}
