namespace CodeAssure.Checks.Ci.History;

/// <summary>The build configuration's history cannot be read here (no git, not a repository); the message says why.</summary>
public sealed class BuildHistoryUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BuildHistoryUnavailableException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public BuildHistoryUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    public BuildHistoryUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
