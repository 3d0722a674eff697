using System.Threading.Tasks;
using AirflowSecrets.CodeFixes;
using Fix = AirflowSecrets.Generators.Tests.Support.CodeFixVerifier<AirflowSecrets.Generators.Diagnostics.AttributeUsageAnalyzer, AirflowSecrets.CodeFixes.MakePartialCodeFixProvider>;

namespace AirflowSecrets.Generators.Tests;

/// <summary>AFS001's fix: the class and each containing type that lacks it get <c>partial</c>, with the layout kept.</summary>
public sealed class MakePartialCodeFixTests
{
    [Fact]
    public Task The_class_and_its_containing_type_become_partial() => Fix.VerifyAsync("""
        using AirflowSecrets;
        internal sealed class Outer
        {
            [AirflowVariable("a")]
            internal partial class {|AFS001:Inner|} { }
        }

        public static class Jobs
        {
            internal class Export
            {
                [AirflowVariable("d")]
                private class {|AFS001:{|AFS001:{|AFS001:Settings|}|}|} { }
            }
        }

        // Secrets of the export job.
        [AirflowVariable("b")]
        public class {|AFS001:Plain|} { }

        [AirflowConnection("c")]
        class {|AFS001:Bare|} { }
        """, """
        using AirflowSecrets;
        internal sealed partial class Outer
        {
            [AirflowVariable("a")]
            internal partial class Inner { }
        }

        public static partial class Jobs
        {
            internal partial class Export
            {
                [AirflowVariable("d")]
                private partial class Settings { }
            }
        }

        // Secrets of the export job.
        [AirflowVariable("b")]
        public partial class Plain { }

        [AirflowConnection("c")]
        partial class Bare { }
        """, MakePartialCodeFixProvider.MakePartialKey);
}
