namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>What an event in a range marks.</summary>
public enum OsvEventKind
{
    /// <summary>The version where the vulnerability starts (<c>0</c> = from the beginning).</summary>
    Introduced,

    /// <summary>The first version no longer affected.</summary>
    Fixed,

    /// <summary>The last version known to be affected (exclusive with <see cref="Fixed"/> in one range).</summary>
    LastAffected,

    /// <summary>An upper bound on the range (exclusive), used with git ranges.</summary>
    Limit,
}
