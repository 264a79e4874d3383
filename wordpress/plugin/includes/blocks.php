<?php
/**
 * A block per element (blocks/<tag>/block.json, generated at build time), rendered on the server
 * by the same function as the shortcode.
 *
 * @package coalition-embed
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'coalition_embed_register_blocks' );

/**
 * Registers the editor script and one block per element.
 */
function coalition_embed_register_blocks(): void {
	wp_register_script(
		COALITION_EMBED_EDITOR_HANDLE,
		plugins_url( 'assets/editor.js', COALITION_EMBED_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		coalition_embed_definitions()['version'],
		true
	);
	wp_add_inline_script(
		COALITION_EMBED_EDITOR_HANDLE,
		'window.coalitionEmbedBlocks = ' . wp_json_encode( coalition_embed_editor_data() ) . ';',
		'before'
	);
	wp_set_script_translations( COALITION_EMBED_EDITOR_HANDLE, 'coalition-embed' );

	foreach ( coalition_embed_tags() as $tag ) {
		$folder = COALITION_EMBED_DIR . 'blocks/' . $tag;
		if ( is_readable( $folder . '/block.json' ) ) {
			register_block_type( $folder, array( 'render_callback' => 'coalition_embed_render_block' ) );
		}
	}
}

/**
 * What the editor script needs to draw each block's sidebar: the settings per tag.
 *
 * @return array<string, array>
 */
function coalition_embed_editor_data(): array {
	$elements = array();
	foreach ( coalition_embed_definitions()['elements'] as $tag => $element ) {
		$settings = array();
		foreach ( $element['settings'] as $attribute => $setting ) {
			$settings[] = array( 'attribute' => $attribute ) + $setting;
		}
		$elements[ $tag ] = array(
			'title'    => $element['title'] ?? $tag,
			'settings' => $settings,
		);
	}
	return array( 'elements' => $elements );
}

/**
 * Block render callback: block attributes (camelCase keys) become the element's attributes.
 *
 * @param array         $attributes The block's attributes.
 * @param string        $content    Inner content (the blocks save none).
 * @param WP_Block|null $block      The block being rendered.
 * @return string The element's HTML.
 */
function coalition_embed_render_block( $attributes, $content = '', $block = null ): string {
	$name = $block instanceof WP_Block ? $block->name : '';
	if ( ! str_starts_with( $name, 'coalition-embed/' ) ) {
		return '';
	}
	$tag    = substr( $name, strlen( 'coalition-embed/' ) );
	$values = array();
	foreach ( coalition_embed_element_settings( $tag ) as $attribute => $setting ) {
		$key = $setting['key'] ?? $attribute;
		if ( is_array( $attributes ) && array_key_exists( $key, $attributes ) && null !== $attributes[ $key ] ) {
			$values[ $attribute ] = $attributes[ $key ];
		}
	}
	return coalition_embed_render( $tag, $values );
}
