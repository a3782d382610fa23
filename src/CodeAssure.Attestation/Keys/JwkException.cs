namespace CodeAssure.Attestation.Keys;

/// <summary>A JWK or JWK Set that cannot be used; the message says which key and what is wrong.</summary>
public sealed class JwkException : Exception
{
    /// <summary>A malformed key or key set.</summary>
    public JwkException(string message)
        : base(message)
    {
    }

    /// <summary>An empty instance (serialisation conventions).</summary>
    public JwkException()
    {
    }

    /// <summary>A malformed key with its cause.</summary>
    public JwkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
