namespace AnonGateway.Dicom.Network.Services;

/// <summary>Where a storage SCP puts each received object. The sink decides the C-STORE status after it has dealt
/// with the object, so a gateway can answer success only once the object is safely spooled.</summary>
public interface IStorageSink
{
    /// <summary>Handles one C-STORE. <paramref name="dataSet"/> is the data set exactly as received (in
    /// <see cref="StoreRequestContext.TransferSyntax"/>, no meta group), streamed from the network PDV by PDV: it is
    /// never held in memory as a whole. Read it with ReadAsync/CopyToAsync (synchronous reads are not supported).
    /// Bytes the sink does not read are discarded. An exception becomes status 0110 (processing failure) with
    /// the exception message as Error Comment, unless the association itself failed.</summary>
    ValueTask<StoreResult> StoreAsync(StoreRequestContext context, Stream dataSet, CancellationToken cancellationToken);
}
