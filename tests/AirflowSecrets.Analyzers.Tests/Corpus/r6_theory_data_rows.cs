using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;

// Rows of xUnit's TheoryData and of a collection of object[] rows, returned by or stored in the member a test's
// [MemberData] names, flow to the test's parameters by position: a chosen password or a generated API key there is a
// credential in the code. Stand-ins, user names, values meant to fail and rows of a member no test reads are not.
namespace Xunit
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class MemberDataAttribute : Attribute { public MemberDataAttribute(string memberName, params object[] parameters) { } }

    public class TheoryData<T1, T2> : IEnumerable<object[]>
    {
        private readonly List<object[]> _rows = new();

        public void Add(T1 first, T2 second) => _rows.Add(new object[] { first!, second! });

        public IEnumerator<object[]> GetEnumerator() => _rows.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public class TheoryData<T1, T2, T3> : IEnumerable<object[]>
    {
        private readonly List<object[]> _rows = new();

        public void Add(T1 first, T2 second, T3 third) => _rows.Add(new object[] { first!, second!, third! });

        public IEnumerator<object[]> GetEnumerator() => _rows.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

namespace Corpus.R6TheoryDataRows
{
    using Xunit;

    public class ReplicaLoginTests
    {
        public static TheoryData<string, string> Logins => new()
        {
            { "replica_ro", "Quill-Meadow-Ferry-73" }, // expect: AFS101
            { "replica_rw", "wrong-password" },
            { "auditor", "<password>" },
        };

        [MemberData(nameof(Logins))]
        public Task Replica_accepts(string login, string password) => Task.CompletedTask;

        public static readonly TheoryData<string, string, string> Partners = new TheoryData<string, string, string>
        {
            { "contoso", "https://contoso.example/hook", "pk9Xq2Lm7Vz4Tk8Wn3Hb6Rc1Yd5Fs0Jg" }, // expect: AFS101
            { "fabrikam", "https://fabrikam.example/hook", "partner-api-key" },
        };

        [MemberData(nameof(Partners))]
        public bool Accepts_partner(string partner, string callback, string apiKey) => apiKey.Length > 0;

        public static IEnumerable<object[]> Accounts => new List<object[]>
        {
            new object[] { "replica_ro", "j=lcvmD4fba*h2J" }, // expect: AFS101
            new object[] { "replica_rw", "test-password" },
        };

        [MemberData(nameof(Accounts))]
        public Task Replica_signs_in(string login, string password) => Task.CompletedTask;

        public static TheoryData<string, string> Accounts2()
        {
            return new TheoryData<string, string>
            {
                { "loader", "Tamarack#Orbit19" }, // expect: AFS101
            };
        }

        [MemberData(nameof(Accounts2))]
        public Task Loader_signs_in(string user, string password) => Task.CompletedTask;

        // Rows whose columns are not credentials, or that no test reads.
        public static TheoryData<string, string> DisplayNames => new()
        {
            { "replica_ro", "Quill-Meadow-Ferry-73" },
        };

        [MemberData(nameof(DisplayNames))]
        public Task Shows(string login, string displayName) => Task.CompletedTask;

        public static TheoryData<string, string> Unused => new()
        {
            { "replica_ro", "Quill-Meadow-Ferry-73" },
        };
    }
}
