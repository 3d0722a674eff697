using System.Net.Http.Headers;

namespace Library.Tests;

public class AdminEndpointsTests
{
    [Fact]
    public async Task Lists_users()
    {
        var client = new HttpClient { BaseAddress = new Uri("https://localhost:5001") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJSUzI1NiIsImtpZCI6IjM5NWVhOTcxZThiMTYxNmUiLCJ0eXAiOiJKV1QifQ.eyJzdWIiOiI4ZjQxYzIiLCJuYW1lIjoiRGFuYSBPcnRpeiIsInJvbGVzIjpbImxpYnJhcnkuYWRtaW4iXSwiaWF0IjoxNzMzMzAwMDAwLCJleHAiOjE3MzMzMDM2MDB9.FJUDO05sCmS9uvSxK61yx0VhvQwZDJNTD8nERNbUxRwfRk_0hUcJCSW1FCMxsa4YruWIsL7IrAd7wtRCSES36bhzSCQTpp-46-E6ULRNuu9RO-eKi5lXU2i1G7gV4lA6MHKVYel_r9jNRtme09ZwefQObsvIPekF4aqRIbYa4kv-W2FluvddG85N1PxjtTrHaZ8k0y82oWp7aEhNsFllRVQhbBeRXkumBkLIxohcShPqYqOcEdjaUqzycl4ppT7NfaoFrlhgldbUaTnFv4ymPk2bQr6Ck-5h28bU6jkNqDGh7dccngDssN-VuxhXH0w-8pispRC63-TzK2IWao943Q"); // expect: AFS104
        var response = await client.GetAsync("/api/admin/users");
        Assert.True(response.IsSuccessStatusCode);
    }
}
