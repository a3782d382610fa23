namespace CodeAssure.Checks.Testing;

/// <summary>The kinds of automated test <see cref="TestInventory"/> recognises in a repository.</summary>
public enum TestKind
{
    /// <summary>A .NET test project: a project file referencing Microsoft.NET.Test.Sdk, xunit, NUnit, MSTest or TUnit, or marked IsTestProject.</summary>
    DotNetTestProject,

    /// <summary>A Go test file (<c>*_test.go</c>).</summary>
    GoTestFile,

    /// <summary>A Python test file (<c>test_*.py</c>, <c>*_test.py</c>).</summary>
    PythonTestFile,

    /// <summary>A JavaScript or TypeScript test file (<c>*.test.*</c>, <c>*.spec.*</c>, or in a <c>__tests__</c> folder).</summary>
    JavaScriptTestFile,

    /// <summary>A JVM test source file under <c>src/test/java</c> (or kotlin, groovy, scala).</summary>
    JvmTestFile,

    /// <summary>A Rust file with <c>#[test]</c> functions, or an integration test in a crate's <c>tests/</c> folder.</summary>
    RustTestFile,

    /// <summary>A Ruby spec or test file (<c>*_spec.rb</c>, <c>test/**/*_test.rb</c>).</summary>
    RubyTestFile,
}
