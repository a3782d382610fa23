namespace CodeAssure.Checks.Support;

/// <summary>A support-lifecycle.json file that does not follow docs/support-lifecycle.schema.json: what is wrong and on which line.</summary>
public sealed class SupportLifecycleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SupportLifecycleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SupportLifecycleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SupportLifecycleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the 1-based line (0 when unknown).</summary>
    public SupportLifecycleException(string message, long line)
        : base(message) => Line = line;

    /// <summary>The 1-based line of the problem, 0 when unknown.</summary>
    public long Line { get; }
}
