namespace CodeAssure.Checks.Testing;

/// <summary>What <see cref="TestInventory.Find(string)"/> found: the tests in a repository and the CI lines that run them.</summary>
public sealed record TestInventoryResult
{
    /// <summary>Every test project or file found, ordered by path.</summary>
    public required IReadOnlyList<TestLocation> Tests { get; init; }

    /// <summary>Pytest configuration found (pytest.ini, conftest.py, or a [pytest] section in pyproject.toml, setup.cfg or tox.ini).</summary>
    public required IReadOnlyList<string> PytestConfiguration { get; init; }

    /// <summary>CI configuration files found (whether or not they run tests), ordered by path.</summary>
    public required IReadOnlyList<string> CiFiles { get; init; }

    /// <summary>Lines in CI configuration or build scripts that run tests, ordered by path and line.</summary>
    public required IReadOnlyList<CiTestCommand> TestCommands { get; init; }

    /// <summary>Folders or files that could not be read, each "path: reason".</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>How many tests of each kind were found (kinds with none are absent).</summary>
    public IReadOnlyDictionary<TestKind, int> Counts =>
        Tests.GroupBy(t => t.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Whether CI configuration (not only a Makefile) runs tests.</summary>
    public bool CiRunsTests => TestCommands.Any(c => c.InCiConfiguration);
}
