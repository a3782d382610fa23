namespace CodeAssure.Checks.Tests.Testing;

/// <summary>Paths of the hand-written fixtures that mirror what real tools write.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Testing", "Fixtures", name);
}
