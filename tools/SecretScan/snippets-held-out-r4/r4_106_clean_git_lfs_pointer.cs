using Xunit;

namespace Repo.Storage.Tests;

public sealed class LfsPointerTests
{
    [Fact]
    public void Parses_pointer_file()
    {
        var pointer = LfsPointer.Parse("version https://git-lfs.github.com/spec/v1\noid sha256:7fa1b2cab33749bb23c550045d2e3a2bc2a1efb564fc6b5bf80ff924a431618c\nsize 18340221\n");
        Assert.Equal("7fa1b2cab33749bb23c550045d2e3a2bc2a1efb564fc6b5bf80ff924a431618c", pointer.Oid);
        Assert.Equal(18340221, pointer.Size);
    }
}
