using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Archive.Mover;

public static class S3Clients
{
    public static IAmazonS3 Archive() =>
        new AmazonS3Client("AKIAL4PZHWMNJNW2EOKL", "u2pwPD7LWTbjnwlIQKUJVLmti494z+437b++fCbp", RegionEndpoint.EUWest1);  // expect: AFS101

    public static IAmazonS3 Temporary()
    {
        var creds = new SessionAWSCredentials("ASIACR5HIZRS43V6WAI5", "7WrSACjxaygHJTxOGHxB7byBvFaJuAMggS51yxID", "IQoJb3JpZ2luX2VjEV+kY+32cfdXbaVx+nxoFmL6jm8TMGiTjedYeulb+cTgfi7dJz54T4RmI0o+WGzm3NSQGYeMPotQ1VLaRwC+OV6rqtcGCl3uQeyK5VSejBqKLVka8jZUpsHRnczKbio6HHFnfIW7JC6ieGFwo5WeTQK6x46BtT/uPB6H6YW1AkeWrQwm2hE6U1yOq/MArUaDKmVPURej7HpAZfdj16EvEC++Ro/97xwkPqQE8kH6+lF+mF4rvCkdI9h2wU3zVZgn932UO3muALUfbnllziGMGSIUwwy22ecKgVFJIBNRMiRLM==");  // expect: AFS101
        return new AmazonS3Client(creds, RegionEndpoint.USEast2);
    }
}
