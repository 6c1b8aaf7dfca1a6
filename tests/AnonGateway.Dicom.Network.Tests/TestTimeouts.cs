namespace AnonGateway.Dicom.Network.Tests;

/// <summary>Every await in a test gets a bound (Kestrel's DefaultTimeout).</summary>
internal static class TestTimeouts
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    public static async Task<T> WithTimeout<T>(this Task<T> task, TimeSpan? timeout = null) =>
        await task.WaitAsync(timeout ?? Default).ConfigureAwait(false);

    public static async Task WithTimeout(this Task task, TimeSpan? timeout = null) =>
        await task.WaitAsync(timeout ?? Default).ConfigureAwait(false);
}
