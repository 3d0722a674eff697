using System;
using System.Collections.Generic;

namespace AirflowSecrets.PackageTests;

/// <summary>How README blocks are found: what the package test then builds.</summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void Marked_blocks_are_taken_with_their_indentation_removed_and_unmarked_ones_are_left()
    {
        const string Markdown = """
            Intro.

            ```csharp
            var notMarked = 1;
            ```

            1. A step:
               <!-- compiles: demo program +AirflowSecrets.Testing -->
               ```csharp
               using System;

               Console.WriteLine("x");
               ```
            <!-- compiles: demo library aot -->
            ```csharp
            public class C { }
            ```
            """;
        IReadOnlyList<ReadmeSnippets.Block> blocks = ReadmeSnippets.Extract(Markdown);
        Assert.Equal(2, blocks.Count);
        Assert.Equal(("demo", "program", false), (blocks[0].Group, blocks[0].Kind, blocks[0].Aot));
        Assert.Equal(new[] { "AirflowSecrets.Testing" }, blocks[0].Packages);
        Assert.Equal("using System;\n\nConsole.WriteLine(\"x\");\n", blocks[0].Code);
        Assert.Equal(("library", true), (blocks[1].Kind, blocks[1].Aot));
        Assert.Equal("public class C { }\n", blocks[1].Code);
    }

    [Theory]
    [InlineData("<!-- compiles: demo program -->\n\n```csharp\nx\n```")]
    [InlineData("<!-- compiles: demo -->\n```csharp\nx\n```")]
    [InlineData("<!-- compiles: demo program fast -->\n```csharp\nx\n```")]
    [InlineData("<!-- compiles: demo program -->\n```csharp\nx\n")]
    public void A_marker_that_cannot_be_honoured_is_an_error_not_a_skipped_block(string markdown)
    {
        Assert.Throws<FormatException>(() => ReadmeSnippets.Extract(markdown));
    }
}
