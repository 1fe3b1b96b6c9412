package org.coopflow.attachment;

/** A file as it arrived (web form or API), not yet checked: the name is the sender's, the bytes are untrusted. */
public record Upload(String originalFilename, byte[] content) {

    /** The files of a multipart field; a file input left empty still sends a nameless, empty part. */
    public static java.util.List<Upload> allOf(java.util.List<org.springframework.web.multipart.MultipartFile> files) {
        return files == null ? java.util.List.of() : files.stream()
                .filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()))
                .map(Upload::of).toList();
    }

    public static Upload of(org.springframework.web.multipart.MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
