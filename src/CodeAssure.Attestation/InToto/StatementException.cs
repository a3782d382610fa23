namespace CodeAssure.Attestation.InToto;

/// <summary>The payload is not an in-toto Statement v1 (or not CodeAssure's predicate); the message says where.</summary>
public sealed class StatementException : Exception
{
    /// <summary>A malformed statement.</summary>
    public StatementException(string message)
        : base(message)
    {
    }

    /// <summary>An empty instance (serialisation conventions).</summary>
    public StatementException()
    {
    }

    /// <summary>A malformed statement with its cause.</summary>
    public StatementException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
