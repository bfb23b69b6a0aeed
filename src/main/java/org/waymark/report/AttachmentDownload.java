package org.waymark.report;

/**
 * A case study's file as it is sent to a reader.
 *
 * @param contentType the type its bytes were found to be when it was uploaded
 */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {

}
