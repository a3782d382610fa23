using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Tests.Configuration;

/// <summary>Which paths count as test code (findings there are Info).</summary>
public sealed class TestPathsTests
{
    [Theory]
    [InlineData("tests/unit/appsettings.json", true)]
    [InlineData("src/App.Tests/appsettings.json", true)]
    [InlineData("src/App.IntegrationTests/Setup.cs", true)]
    [InlineData("pkg/client/client_test.go", true)]
    [InlineData("app/test_views.py", true)]
    [InlineData("web/src/api.spec.ts", true)]
    [InlineData("internal/pipe/testdata/Dockerfile", true)]
    [InlineData("src/App/appsettings.json", false)]
    [InlineData("src/Testimonials/Page.cs", false)]
    [InlineData("contest/settings.py", false)]
    [InlineData("Tests", false)]
    public void Test_folders_projects_and_files_are_recognised(string path, bool expected) =>
        Assert.Equal(expected, TestPaths.IsTest(path));
}
