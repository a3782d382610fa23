namespace CodeAssure.Checks.Testing;

/// <summary>The kinds of test evidence file CodeAssure reads, told apart by their root element.</summary>
public enum TestReportFormat
{
    /// <summary>Visual Studio test results (<c>&lt;TestRun&gt;</c>), as written by <c>dotnet test --logger trx</c>.</summary>
    Trx,

    /// <summary>JUnit XML test results (<c>&lt;testsuites&gt;</c> or <c>&lt;testsuite&gt;</c>), as written by pytest, Maven Surefire, jest-junit, gotestsum and many others.</summary>
    JUnit,

    /// <summary>Cobertura coverage (<c>&lt;coverage line-rate=…&gt;</c>), as written by coverlet, coverage.py, gcovr and Cobertura itself.</summary>
    Cobertura,
}
